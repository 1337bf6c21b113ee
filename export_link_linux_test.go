package zcall

import "time"

// DumpLinks is Links with the socket replaced: dial receives the request,
// and returns a descriptor from which the reply is read and the port id it
// must carry; seq numbers the first request.
func DumpLinks(dial func(req []byte) (fd uintptr, port uint32, errno uintptr), seq uint32) ([]Link, error) {
	return requestLinks(dial, seq, linkQuery{})
}

// LinkBy is LinkByIndex (index > 0) or LinkByName (name != "") with the
// socket replaced as for DumpLinks, and without their argument checks.
func LinkBy(dial func(req []byte) (fd uintptr, port uint32, errno uintptr), index int32, name string) (*Link, error) {
	return linkBy(dial, linkQuery{index: index, name: name})
}

// LinkBufLen is the size of the first receive buffer.
const LinkBufLen = linkBufLen

// SetLinkWait sets the most time one call waits for more of a reply, until
// the returned function restores it.
func SetLinkWait(d time.Duration) (restore func()) {
	old := linkWait
	linkWait = d
	return func() { linkWait = old }
}

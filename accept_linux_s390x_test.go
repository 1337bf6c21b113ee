package zcall_test

import "code.hybscloud.com/zcall"

// sysAcceptRef is the reference call for zcall.Accept: linux/s390x has no
// accept(2), and zcall.Accept makes accept4 with flags 0 there.
const sysAcceptRef = zcall.SYS_ACCEPT4

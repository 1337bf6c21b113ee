// Command guestinit is /init in the initramfs that scripts/vmtest boots under
// qemu-system. It prepares the minimum a test binary needs from a machine —
// /proc, /sys, /dev, a tmpfs for TMPDIR and the loopback interface — runs the
// binary named in /vmtest/args with the remaining arguments, prints a line
// "zcall-vmtest: exit status N" that the host waits for, and powers the
// guest off. It uses the syscall package only, so it works whatever state the
// package under test is in.
//
// The initramfs holds, besides this program:
//
//	/vmtest/args  the test binary's path and its arguments, each ending in NUL
//	/vmtest/env   extra environment entries (NAME=value), each ending in NUL
//	/vmtest/dir   the directory to run the binary in (its testdata is there)
//	/vmtest/quit  optional: seconds after which the binary gets SIGQUIT (its
//	              goroutines' stacks, even when a stop-the-world hangs),
//	              and SIGKILL 15 seconds later
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// marker starts the line the host looks for; the exit status follows it.
const marker = "zcall-vmtest: exit status "

func main() {
	status := run()
	// The host reads the status from this line; a guest that powers off
	// without it failed somewhere before the test binary finished.
	fmt.Printf("\n%s%d\n", marker, status)
	syscall.Sync()
	// qemu runs with -no-reboot, so a restart also ends it should power-off
	// be refused.
	err := syscall.Reboot(syscall.LINUX_REBOOT_CMD_POWER_OFF)
	fmt.Fprintf(os.Stderr, "zcall-vmtest: power off: %v\n", err)
	syscall.Reboot(syscall.LINUX_REBOOT_CMD_RESTART)
	for {
		time.Sleep(time.Hour)
	}
}

// run prepares the guest and runs the test binary; it returns the binary's
// exit status, 128+signal if a signal ended it, or 127 if the guest could not
// be prepared.
func run() int {
	mounts := []struct{ source, target, fstype, data string }{
		{"proc", "/proc", "proc", ""},
		{"sysfs", "/sys", "sysfs", ""},
		{"devtmpfs", "/dev", "devtmpfs", ""},
		{"tmpfs", "/tmp", "tmpfs", "mode=1777"},
	}
	for _, m := range mounts {
		if err := os.MkdirAll(m.target, 0o755); err != nil {
			return fail("mkdir %s: %v", m.target, err)
		}
		if err := syscall.Mount(m.source, m.target, m.fstype, 0, m.data); err != nil {
			return fail("mount %s on %s: %v", m.fstype, m.target, err)
		}
	}
	if err := loopbackUp(); err != nil {
		return fail("loopback: %v", err)
	}
	args, err := readList("/vmtest/args")
	if err != nil || len(args) == 0 {
		return fail("/vmtest/args: %v (%d entries)", err, len(args))
	}
	env, err := readList("/vmtest/env")
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fail("/vmtest/env: %v", err)
	}
	dir, err := os.ReadFile("/vmtest/dir")
	if err != nil {
		return fail("/vmtest/dir: %v", err)
	}

	var uts syscall.Utsname
	syscall.Uname(&uts)
	fmt.Printf("zcall-vmtest: kernel %s %s %s, %d CPUs\n",
		cstring(uts.Release[:]), cstring(uts.Version[:]), cstring(uts.Machine[:]), runtime.NumCPU())

	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = strings.TrimSpace(string(dir))
	cmd.Env = append([]string{"PATH=/bin", "HOME=/tmp", "TMPDIR=/tmp"}, env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return fail("start %s: %v", args[0], err)
	}
	if b, err := os.ReadFile("/vmtest/quit"); err == nil {
		secs, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil {
			return fail("/vmtest/quit: %v", err)
		}
		p := cmd.Process
		time.AfterFunc(time.Duration(secs)*time.Second, func() {
			fmt.Printf("zcall-vmtest: %s still runs after %ds: SIGQUIT\n", args[0], secs)
			p.Signal(syscall.SIGQUIT)
			time.Sleep(15 * time.Second)
			p.Signal(syscall.SIGKILL)
		})
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			fmt.Printf("zcall-vmtest: %s ended by signal %d (%v)\n", args[0], ws.Signal(), ws.Signal())
			return 128 + int(ws.Signal())
		}
		return exit.ExitCode()
	default:
		return fail("run %s: %v", args[0], err)
	}
}

func fail(format string, a ...any) int {
	fmt.Fprintf(os.Stderr, "zcall-vmtest: "+format+"\n", a...)
	return 127
}

// loopbackUp sets IFF_UP on "lo" with SIOCGIFFLAGS and SIOCSIFFLAGS; the
// kernel then answers on 127.0.0.1 and ::1.
func loopbackUp() error {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer syscall.Close(fd)
	// struct ifreq: 16 bytes of name, then a union whose first member here is
	// short ifr_flags; 40 bytes on 64-bit Linux.
	var ifr [40]byte
	copy(ifr[:], "lo")
	if err := ioctl(fd, syscall.SIOCGIFFLAGS, &ifr); err != nil {
		return fmt.Errorf("SIOCGIFFLAGS: %w", err)
	}
	flags := binary.NativeEndian.Uint16(ifr[16:])
	binary.NativeEndian.PutUint16(ifr[16:], flags|syscall.IFF_UP|syscall.IFF_RUNNING)
	if err := ioctl(fd, syscall.SIOCSIFFLAGS, &ifr); err != nil {
		return fmt.Errorf("SIOCSIFFLAGS: %w", err)
	}
	return nil
}

func ioctl(fd int, req uintptr, ifr *[40]byte) error {
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(unsafe.Pointer(ifr)))
	if errno != 0 {
		return errno
	}
	return nil
}

// readList reads a file of NUL-terminated strings.
func readList(name string) ([]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var list []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			return nil, fmt.Errorf("entry %q does not end in NUL", b)
		}
		list = append(list, string(b[:i]))
		b = b[i+1:]
	}
	return list, nil
}

// cstring converts a NUL-terminated utsname field (int8 or uint8 by arch).
func cstring[T int8 | uint8](field []T) string {
	b := make([]byte, 0, len(field))
	for _, c := range field {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

// Command mkinitramfs writes an uncompressed initramfs: a cpio archive in the
// "newc" format (the format the Linux kernel unpacks at boot, described in
// the kernel's Documentation/driver-api/early-userspace/buffer-format.rst).
//
//	mkinitramfs -o initramfs.cpio DEST=SRC...
//
// Every DEST=SRC copies the file or directory tree SRC to the absolute path
// DEST in the archive, creating its parent directories. The archive always
// holds /dev/console (character device 5:1), so the kernel can give /init a
// console before anything is mounted, and the empty directories /proc, /sys
// and /tmp. Every entry is owned by root with mtime 0; a file keeps its
// permission bits. Writing device nodes needs no privilege here, unlike cpio(1)
// run on a tree on disk.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// File mode bits of the newc header (the st_mode values of Linux).
const (
	modeDir  = 0o040000
	modeFile = 0o100000
	modeChr  = 0o020000
)

type archive struct {
	w    *bufio.Writer
	off  int64
	ino  uint32
	dirs map[string]bool
	err  error
}

func main() {
	out := flag.String("o", "", "the archive to write")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: mkinitramfs -o initramfs.cpio DEST=SRC...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := write(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkinitramfs:", err)
		os.Exit(1)
	}
}

func write(out string, pairs []string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	a := &archive{w: bufio.NewWriterSize(f, 1<<20), dirs: map[string]bool{"/": true}}
	for _, d := range []string{"/dev", "/proc", "/sys", "/tmp"} {
		a.mkdirAll(d)
	}
	a.entry("/dev/console", modeChr|0o600, 5, 1, nil, 0)
	for _, p := range pairs {
		dest, src, ok := strings.Cut(p, "=")
		if !ok || !path.IsAbs(dest) {
			f.Close()
			return fmt.Errorf("%q: want DEST=SRC with an absolute DEST", p)
		}
		if err := a.add(path.Clean(dest), src); err != nil {
			f.Close()
			return err
		}
	}
	a.entry("TRAILER!!!", 0, 0, 0, nil, 0)
	if a.err == nil {
		a.err = a.w.Flush()
	}
	if err := f.Close(); a.err == nil {
		a.err = err
	}
	return a.err
}

// add copies the file or tree src to dest.
func (a *archive) add(dest, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		name := path.Join(dest, filepath.ToSlash(rel))
		info, err := d.Info()
		if err != nil {
			return err
		}
		perm := uint32(info.Mode().Perm())
		switch {
		case d.IsDir():
			a.mkdirAll(path.Dir(name))
			if !a.dirs[name] {
				a.dirs[name] = true
				a.entry(name, modeDir|perm, 0, 0, nil, 0)
			}
		case info.Mode().IsRegular():
			a.mkdirAll(path.Dir(name))
			r, err := os.Open(p)
			if err != nil {
				return err
			}
			a.entry(name, modeFile|perm, 0, 0, r, info.Size())
			r.Close()
		default:
			return fmt.Errorf("%s: not a regular file or directory", p)
		}
		return a.err
	})
}

// mkdirAll writes an entry for dir and each of its missing parents.
func (a *archive) mkdirAll(dir string) {
	if a.dirs[dir] {
		return
	}
	a.mkdirAll(path.Dir(dir))
	a.dirs[dir] = true
	a.entry(dir, modeDir|0o755, 0, 0, nil, 0)
}

// entry writes one newc header, the name and size bytes of data from r, each
// padded to a multiple of four bytes. Names are stored without the leading
// slash, as the kernel and cpio(1) expect.
func (a *archive) entry(name string, mode, rdevMajor, rdevMinor uint32, r io.Reader, size int64) {
	if a.err != nil {
		return
	}
	name = strings.TrimPrefix(name, "/")
	a.ino++
	nlink := uint32(1)
	if mode&modeDir != 0 {
		nlink = 2
	}
	// magic, ino, mode, uid, gid, nlink, mtime, filesize, devmajor, devminor,
	// rdevmajor, rdevminor, namesize (with the NUL), check.
	hdr := fmt.Sprintf("070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
		a.ino, mode, 0, 0, nlink, 0, uint32(size), 0, 0, rdevMajor, rdevMinor, len(name)+1, 0)
	a.put([]byte(hdr + name + "\x00"))
	a.pad()
	if r != nil {
		n, err := io.CopyN(a.w, r, size)
		a.off += n
		if err != nil {
			a.err = err
			return
		}
		a.pad()
	}
}

func (a *archive) put(b []byte) {
	if a.err != nil {
		return
	}
	n, err := a.w.Write(b)
	a.off += int64(n)
	a.err = err
}

func (a *archive) pad() {
	if n := a.off % 4; n != 0 {
		a.put(make([]byte, 4-n))
	}
}

package pgcluster

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
)

// runner describes the OS identity the PostgreSQL programs run as. PostgreSQL
// refuses to run as root, so when we are root we switch to an unprivileged
// account for every child process and hand it the files it needs.
type runner struct {
	cred *syscall.Credential // nil: run as ourselves
	uid  int
	gid  int
	name string
}

// newRunner picks the identity for PostgreSQL processes: ourselves, or
// osUser when running as root.
func newRunner(osUser string) (*runner, error) {
	if os.Geteuid() != 0 {
		return &runner{uid: os.Geteuid(), gid: os.Getegid()}, nil
	}
	u, err := user.Lookup(osUser)
	if err != nil {
		return nil, fmt.Errorf("running as root, but PostgreSQL refuses to run as root "+
			"and OS user %q to run it as was not found (create it, e.g. `useradd --system %s`, "+
			"or run as a non-root user): %w", osUser, osUser, err)
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("parse uid/gid of OS user %q: %w", osUser, err)
	}
	if uid == 0 {
		return nil, fmt.Errorf("OS user %q has uid 0; PostgreSQL refuses to run as root", osUser)
	}
	return &runner{
		// Groups left empty on purpose: the child must not keep root's
		// supplementary groups.
		cred: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}},
		uid:  uid,
		gid:  gid,
		name: osUser,
	}, nil
}

// sysProcAttr returns the attributes for every PostgreSQL child process.
// Setpgid puts the server in its own process group so a terminal Ctrl-C does
// not shut it down behind the application's back: the application decides
// when to call Stop (e.g. after draining requests).
func (r *runner) sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: r.cred, Setpgid: true}
}

// switching reports whether children run as a different user than us.
func (r *runner) switching() bool { return r.cred != nil }

// mkdirOwned creates dir (0700) and makes the server user its owner.
func (r *runner) mkdirOwned(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("chmod %s: %w", dir, err)
	}
	if !r.switching() {
		return nil
	}
	if err := os.Chown(dir, r.uid, r.gid); err != nil {
		return fmt.Errorf("chown %s to %s: %w", dir, r.name, err)
	}
	return nil
}

// chownTree hands an existing data directory to the server user if it is
// owned by someone else (e.g. created by an earlier root run or restored from
// a backup as root); PostgreSQL insists on owning its data directory.
func (r *runner) chownTree(dir string, log *slog.Logger) error {
	if !r.switching() {
		return nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("check owner of data dir: %w", err)
	}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && int(sys.Uid) == r.uid {
		return nil
	}
	log.Info("handing data directory to PostgreSQL OS user", "dir", dir, "user", r.name)
	err = filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, r.uid, r.gid)
	})
	if err != nil {
		return fmt.Errorf("chown %s to %s: %w", dir, r.name, err)
	}
	return nil
}

// makeTraversable ensures the server user can reach dir by path: every
// ancestor needs search (x) permission for it. As root, data directories
// often live under /root or a 0700 temp directory, which the postgres user
// cannot traverse. We add only the "other" execute bit (traverse, not list)
// to the ancestors that lack it, and log each change. Missing ancestors are
// created (0700, as ours) first.
func (r *runner) makeTraversable(dir string, log *slog.Logger) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return fmt.Errorf("create parent of %s: %w", dir, err)
	}
	if !r.switching() {
		return nil
	}
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		if err := r.grantSearch(p, log); err != nil {
			return err
		}
		if p == filepath.Dir(p) {
			return nil
		}
	}
}

// grantSearch adds o+x to dir unless the server user can already search it.
func (r *runner) grantSearch(dir string, log *slog.Logger) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("make data path reachable for %s: %w", r.name, err)
	}
	mode := st.Mode().Perm()
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		switch {
		case int(sys.Uid) == r.uid && mode&0o100 != 0,
			int(sys.Gid) == r.gid && mode&0o010 != 0:
			return nil
		}
	}
	if mode&0o001 != 0 {
		return nil
	}
	log.Info("allowing PostgreSQL OS user to traverse directory (adding o+x)",
		"dir", dir, "user", r.name)
	if err := os.Chmod(dir, st.Mode()|0o001); err != nil {
		return fmt.Errorf("make %s traversable for %s: %w", dir, r.name, err)
	}
	return nil
}

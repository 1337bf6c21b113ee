package benchops

// addPlatformOps adds nothing on FreeBSD: eventfd and io_uring are Linux's.
func (s *Set) addPlatformOps() error { return nil }

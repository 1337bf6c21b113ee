package benchops

// addPlatformOps adds nothing on darwin: eventfd and io_uring are Linux's.
func (s *Set) addPlatformOps() error { return nil }

// The shims are static inline in the header; this unit exists because SwiftPM needs a source file.
#include "cxxhash.h"

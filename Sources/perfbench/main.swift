import PerfbenchCLI

// The executable is only this entry point. The commands live in the PerfbenchCLI library so the
// CLI tests reach them through `package` access, in debug and release builds alike (an executable
// module cannot be imported with @testable outside debug builds), and so other packages run the
// same verbs over catalogs of their own.
Perfbench.main(.perfbench)

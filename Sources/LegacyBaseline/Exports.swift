// Legacy runtime: the compute runtime as it was before audit items #148–#170.
@_exported import ComputeRuntime

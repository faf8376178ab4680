/// Keeps a value alive so the optimizer cannot delete the work that produced it.
///
/// `@_optimize(none)` stops the optimizer from seeing that the body is empty (an `@inline(never)`
/// function alone can still be proven side-effect free and dropped). Called once per batch with
/// the batch's folded outputs, never per event, so its own cost is outside the per-event figure.
@_optimize(none)
package func blackHole<T>(_ value: T) {
    _ = value
}

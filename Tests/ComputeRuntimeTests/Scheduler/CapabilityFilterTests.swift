import ComputeRuntime
import XCTest

final class CapabilityFilterTests: XCTestCase {
    private let gpuNode = CapabilitySet(
        tags: ["zone:eu", "tier:gold"],
        hardware: .init(
            memoryGB: 64, gpu: .init(vendor: .nvidia, vramGB: 24), additionalGPUs: [.init(vendor: .amd, vramGB: 16)]),
        models: [.init(id: "llama", contextLength: 8192, modalities: [.text, .code])],
        tools: [.init(id: "search")])

    func testDefaultFilterMatchesEverything() {
        XCTAssertTrue(CapabilityFilter().matches(.empty))
        XCTAssertTrue(CapabilityFilter().matches(gpuNode))
    }

    func testVendorAndVramBuildersAlsoRequireGPU() {
        XCTAssertTrue(CapabilityFilter().withGpuVendor(.amd).requireGPU)
        XCTAssertTrue(CapabilityFilter().withMinVram(1).requireGPU)
        XCTAssertFalse(CapabilityFilter().withMinMemory(1).requireGPU)
    }

    func testRequiredTagsMustAllBePresent() {
        XCTAssertTrue(CapabilityFilter().requireTag("zone:eu").requireTag("tier:gold").matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().requireTag("zone:eu").requireTag("tier:silver").matches(gpuNode))
    }

    func testModelsAndToolsNeedAnyOneListed() {
        XCTAssertTrue(CapabilityFilter().requireModel("gpt").requireModel("llama").matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().requireModel("gpt").matches(gpuNode))
        XCTAssertTrue(CapabilityFilter().requireTool("calc").requireTool("search").matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().requireTool("calc").matches(gpuNode))
    }

    func testMemoryIsAnInclusiveMinimum() {
        XCTAssertTrue(CapabilityFilter().withMinMemory(64).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().withMinMemory(65).matches(gpuNode))
    }

    func testVendorLooksOnlyAtThePrimaryGPU() {
        XCTAssertTrue(CapabilityFilter().withGpuVendor(.nvidia).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().withGpuVendor(.amd).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().requireGpu().matches(.empty))
    }

    func testVramSumsPrimaryAndAdditionalGPUs() {
        XCTAssertTrue(CapabilityFilter().withMinVram(40).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().withMinVram(41).matches(gpuNode))
    }

    func testContextLengthNeedsSomeLongEnoughModel() {
        XCTAssertTrue(CapabilityFilter().withMinContext(8192).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().withMinContext(8193).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().withMinContext(0).matches(.empty))
    }

    func testEveryRequiredModalityMustBeServed() {
        XCTAssertTrue(CapabilityFilter().requireModality(.text).requireModality(.code).matches(gpuNode))
        XCTAssertFalse(CapabilityFilter().requireModality(.text).requireModality(.image).matches(gpuNode))
    }

    func testExtraTagIsCheckedLikeAnAppendedTag() {
        let filter = CapabilityFilter().requireTag("zone:eu")

        XCTAssertEqual(
            filter.matches(gpuNode, alsoRequiringTag: "tier:gold"), filter.requireTag("tier:gold").matches(gpuNode))
        XCTAssertEqual(
            filter.matches(gpuNode, alsoRequiringTag: "tier:iron"), filter.requireTag("tier:iron").matches(gpuNode))
        XCTAssertFalse(filter.matches(gpuNode, alsoRequiringTag: "tier:iron"))
    }

    func testSubprotocolTagIsFourLowercaseHexDigits() {
        XCTAssertEqual(SubprotocolTag.tag(for: 0x0500), SubprotocolTag.migration)
        XCTAssertEqual(SubprotocolTag.tag(for: 0xABC), "subprotocol:0x0abc")
        XCTAssertEqual(SubprotocolTag.tag(for: 7), "subprotocol:0x0007")
    }
}

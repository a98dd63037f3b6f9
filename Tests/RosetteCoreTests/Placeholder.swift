import Testing

@Test func placeholderRosetteCoreTests() {}

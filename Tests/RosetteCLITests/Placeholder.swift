import Testing

@Test func placeholderRosetteCLITests() {}

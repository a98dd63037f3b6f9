import Testing

@Test func placeholderElectionsTests() {}

import Testing

@Test func placeholderRosetteStoreTests() {}

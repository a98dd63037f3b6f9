import Testing

@Test func placeholderMembersTests() {}

import Testing

@Test func placeholderRosetteSchemaTests() {}

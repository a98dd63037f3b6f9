enum MembersModule {}

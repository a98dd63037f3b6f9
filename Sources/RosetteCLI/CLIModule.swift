enum CLIModule {}

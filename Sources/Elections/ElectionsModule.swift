/// Elections: the statutory timetable engine (see issue "Elections I").
enum ElectionsModule {}

//! The conflict engine on whole timetables (filled in with the engine).

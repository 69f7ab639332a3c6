-- Framework versions with a correction number ("1.1"). SQLite.
-- Kept in step with ../postgres/0009_framework_corrections.sql.
--
-- assessments.framework_version now holds a version's code, major * 1000 + minor
-- (mgi_framework::Version::code), so that stored versions order as versions do; the versions
-- stored until now were whole releases.

UPDATE assessments SET framework_version = framework_version * 1000;

//! Open data exports (skeleton; being written).

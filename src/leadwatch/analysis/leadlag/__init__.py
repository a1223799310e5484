"""leadlag."""

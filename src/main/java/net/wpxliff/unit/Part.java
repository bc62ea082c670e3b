package net.wpxliff.unit;

/** One piece of a {@link Fragment}: either {@link Text} or a {@link Code}. */
public sealed interface Part permits Text, Code {
}

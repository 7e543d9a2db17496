package dev.geoflight.analyzer.rules;

/** One piece of advice: which rule, about what, what to do, and the numbers that led to it. */
public record Recommendation(String rule, String operation, String layer, String message, String evidence) {
}

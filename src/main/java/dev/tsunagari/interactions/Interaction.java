package dev.tsunagari.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.introductions.PersonRef;

/**
 * One time two people were in touch, as {@code by} logged it: {@code kind} is from {@code by}'s side
 * ({@code helped}: by helped with; {@code was-helped}: with helped by). {@code at} is a date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interaction(String id, PersonRef by, PersonRef with, String at, String kind, String note, String createdAt) {}

package dev.tsunagari.paths;

import dev.tsunagari.finder.Link;
import java.util.List;

/**
 * One shortest usable path: the people along it, the tie that counts on each hop (with its hop score), and the
 * path score, the product of the hop scores (the chance that every link carries the ask).
 */
public record BridgePath(List<PersonRef> nodes, List<Link> links, double score) {}

package cl.redlim.transparency.api;

/** A part of the requested information not delivered, with the art. 21 ground that keeps it reserved. */
public record WithheldPart(String description, Art21Ground ground) {
}

package cl.redlim.certification.api;

/** One module of a programme (design thinking, co-creation, open data, …) and its hours. */
public record ModuleRequirement(String moduleId, String name, int hours) {
}

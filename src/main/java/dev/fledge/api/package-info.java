/**
 * The REST layer, kept thin: resources ({@code *Resource}) parse the request through one pipeline
 * ({@link dev.fledge.api.ArchiveRequests}: upload, options, reading pass, streamed answer, cleanup), call the core,
 * and return its result. Errors become RFC 9457 problems in one place ({@link dev.fledge.api.ProblemMappers} for
 * JAX-RS, {@link dev.fledge.api.HttpErrorRoutes} for what the HTTP layer answers itself). Configuration is
 * {@link dev.fledge.api.FledgeConfig}; the work directory's cleanup is {@link dev.fledge.api.WorkDir}. This is the
 * only package that may use Quarkus, JAX-RS or Vert.x.
 */
package dev.fledge.api;

/**
 * MicroProfile Health checks: liveness says the JVM can serve; readiness says the database is migrated and
 * answers. Checks never expose connection details.
 */
package org.example.observable.health;

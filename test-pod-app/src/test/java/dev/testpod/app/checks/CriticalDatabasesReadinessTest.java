package dev.testpod.app.checks;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;

@QuarkusTest
@TestProfile(CheckProfiles.PostgresAndCassandraCritical.class)
class CriticalDatabasesReadinessTest extends DependencyReadinessContract {
  @Override
  Set<String> critical() {
    return CheckProfiles.PostgresAndCassandraCritical.CRITICAL;
  }
}

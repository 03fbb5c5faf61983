package dev.testpod.app.checks;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;

@QuarkusTest
@TestProfile(CheckProfiles.BlobAndS3Critical.class)
class CriticalStorageReadinessTest extends DependencyReadinessContract {
  @Override
  Set<String> critical() {
    return CheckProfiles.BlobAndS3Critical.CRITICAL;
  }
}

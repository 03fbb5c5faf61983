package dev.testpod.app.checks;

import dev.testpod.app.AuthFilesTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;

@QuarkusTest
@WithTestResource(value = AuthFilesTestResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(CheckProfiles.BlobAndS3Critical.class)
class CriticalStorageReadinessTest extends DependencyReadinessContract {
  @Override
  Set<String> critical() {
    return CheckProfiles.BlobAndS3Critical.CRITICAL;
  }
}

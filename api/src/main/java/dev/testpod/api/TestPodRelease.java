package dev.testpod.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** A release of the test-pod app: the image to roll out, how to validate it and how to roll back. */
@Group(TestPodRelease.GROUP)
@Version(TestPodRelease.VERSION)
@Plural(TestPodRelease.PLURAL)
@ShortNames("tpr")
// NOTE: the fabric8 7.5.2 CRD generator orders printer columns by JSON path, so `kubectl get tpr`
// prints AGE right after NAME, before IMAGE.
@AdditionalPrinterColumn(name = "Image", jsonPath = ".spec.image", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Revision", jsonPath = ".status.revision", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Stable", jsonPath = ".status.stableRevision", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class TestPodRelease extends CustomResource<TestPodReleaseSpec, TestPodReleaseStatus> implements Namespaced {

  public static final String GROUP = "testpod.dev";
  public static final String VERSION = "v1alpha1";
  public static final String PLURAL = "testpodreleases";
  public static final String KIND = "TestPodRelease";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  // The overrides exist only to carry descriptions into the CRD, for `kubectl explain tpr.spec`.
  @Override
  @JsonPropertyDescription("Desired state: the image to roll out, how to validate it and how to roll back.")
  public TestPodReleaseSpec getSpec() {
    return super.getSpec();
  }

  @Override
  @JsonPropertyDescription("Observed state, written only by the operator.")
  public TestPodReleaseStatus getStatus() {
    return super.getStatus();
  }
}

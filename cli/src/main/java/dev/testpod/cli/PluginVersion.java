package dev.testpod.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the plugin version from the jar manifest, which the build fills. */
final class PluginVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = KubectlTestpod.class.getPackage().getImplementationVersion();
    return new String[] {"kubectl-testpod " + (version == null ? "development build" : version)};
  }
}

package dev.testpod.cli;

/** The named TestPodRelease does not exist in the namespace. */
public class ReleaseNotFoundException extends CliException {

  public ReleaseNotFoundException(String namespace, String name) {
    super(ExitCode.USAGE, "testpodrelease \"" + name + "\" not found in namespace \"" + namespace + "\"");
  }
}

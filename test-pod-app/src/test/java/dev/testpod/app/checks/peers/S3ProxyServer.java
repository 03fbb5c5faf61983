package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * S3Proxy in its own JVM on 127.0.0.1, storing objects in memory and checking AWS Signature V4
 * on every request. Its jars stay off the app's classpath because their versions clash.
 */
public final class S3ProxyServer implements AutoCloseable {
  private final Path directory;
  private final int port;
  private final String accessKey = "access-" + UUID.randomUUID().toString().substring(0, 8);
  private final String secretKey = "secret-" + UUID.randomUUID();
  private ForkedProcess process;

  private S3ProxyServer(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  public static S3ProxyServer start() {
    try {
      S3ProxyServer server = new S3ProxyServer(
          Files.createTempDirectory("testpod-s3proxy"), LoopbackPorts.free());
      server.writeProperties();
      server.startServer();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeProperties() throws IOException {
    Files.writeString(directory.resolve("s3proxy.properties"), String.join("\n",
        "s3proxy.endpoint=http://" + LoopbackPorts.HOST + ":" + port,
        "s3proxy.authorization=aws-v4",
        "s3proxy.identity=" + accessKey,
        "s3proxy.credential=" + secretKey,
        "jclouds.provider=transient",
        "jclouds.identity=unused",
        "jclouds.credential=unused",
        ""));
  }

  public void startServer() {
    Path jars = PeerInstallation.require("s3proxy");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = ForkedProcess.start("s3proxy", List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + ScratchDirectory.quietLogback(directory),
        "-cp", jars + "/*", "org.gaul.s3proxy.Main",
        "--properties", directory.resolve("s3proxy.properties").toString()), directory);
    process.awaitPort(port, Duration.ofSeconds(90));
  }

  /** Stops the server; connections to its port are then refused. */
  public void stop() {
    if (process != null) {
      process.stop();
    }
  }

  public String endpoint() {
    return "http://" + LoopbackPorts.HOST + ":" + port;
  }

  public int port() {
    return port;
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  @Override
  public void close() {
    stop();
    ScratchDirectory.delete(directory);
  }
}

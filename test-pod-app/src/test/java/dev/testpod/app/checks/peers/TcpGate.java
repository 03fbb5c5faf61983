package dev.testpod.app.checks.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on 127.0.0.1 in front of a real server, switchable at run time between
 * forwarding, refusing connections (its port closed, as when the server is stopped) and hanging
 * (connections accepted and never replied to). Every switch drops the open connections, as a
 * restart of the server would.
 */
public final class TcpGate implements AutoCloseable {
  private final int targetPort;
  private final int port;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private volatile boolean forwarding = true;
  private ServerSocket server;

  public TcpGate(int targetPort) {
    this.targetPort = targetPort;
    this.port = LoopbackPorts.free();
    open();
  }

  public int port() {
    return port;
  }

  public synchronized void forward() {
    dropConnections();
    forwarding = true;
    open();
  }

  public synchronized void hang() {
    dropConnections();
    forwarding = false;
    open();
  }

  public synchronized void refuse() {
    dropConnections();
    closeServer();
  }

  private void open() {
    if (server != null && !server.isClosed()) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(LoopbackPorts.HOST, port), 50);
      server = socket;
      daemon("gate-accept-" + port, () -> acceptLoop(socket));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not reopen gate port " + port, e);
    }
  }

  private void acceptLoop(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.add(client);
        if (forwarding) {
          Socket upstream = new Socket(LoopbackPorts.HOST, targetPort);
          connections.add(upstream);
          daemon("gate-up-" + port, () -> pump(client, upstream));
          daemon("gate-down-" + port, () -> pump(upstream, client));
        }
      } catch (IOException e) {
        // The server socket was closed by refuse() or close(), or the upstream refused.
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // One side closed, so closing both ends the other pump too.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void dropConnections() {
    connections.forEach(TcpGate::closeQuietly);
    connections.clear();
  }

  private void closeServer() {
    if (server != null) {
      closeQuietly(server);
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Already closed.
    }
  }

  @Override
  public synchronized void close() {
    dropConnections();
    closeServer();
  }
}

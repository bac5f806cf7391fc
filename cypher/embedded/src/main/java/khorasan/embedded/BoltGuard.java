// Sits in front of Neo4j's Bolt transport selection on every connection: nothing is accepted until
// the launcher has set the password (open()), and afterwards only plain Bolt gets through. Neo4j
// 5.26 turns any connection that starts with "GET" into a Bolt-over-WebSocket session with no Origin
// check and no setting to turn that off, so a web page could reach the port from a browser; here
// an HTTP request (a WebSocket upgrade included) gets a 403 and is closed before Neo4j sees it.
package khorasan.embedded;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;

final class BoltGuard {
  /** First byte of the Bolt handshake (magic 0x6060B017). */
  private static final byte BOLT_MAGIC_FIRST_BYTE = 0x60;

  private static final String REFUSAL = "this port speaks plain Bolt only: no HTTP, no WebSocket\n";
  private static final byte[] FORBIDDEN =
      ("HTTP/1.1 403 Forbidden\r\n"
              + "Content-Type: text/plain; charset=utf-8\r\n"
              + "Connection: close\r\n"
              + "Content-Length: " + REFUSAL.length() + "\r\n"
              + "\r\n"
              + REFUSAL)
          .getBytes(StandardCharsets.US_ASCII);

  private static volatile boolean open;
  private static final AtomicInteger guardedConnectors = new AtomicInteger();

  private BoltGuard() {}

  /** Called by the extension before Bolt binds its port. */
  static void install(BoltServer server) {
    for (Connector<?> connector : server.getConnectors()) {
      connector.registerListener(new GuardConnectorListener());
      guardedConnectors.incrementAndGet();
    }
  }

  /** How many Bolt connectors carry the guard (0 means the extension did not load). */
  static int guardedConnectors() {
    return guardedConnectors.get();
  }

  /** Lets Bolt connections through from now on (the password is set). */
  static void open() {
    open = true;
  }

  private static final class GuardConnectorListener implements ConnectorListener {
    @Override
    public void onConnectionCreated(Connection connection) {
      connection.registerListener(
          new ConnectionListener() {
            @Override
            public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
              pipeline.addFirst("khorasanBoltGuard", new GuardHandler());
            }
          });
    }
  }

  private static final class GuardHandler extends ByteToMessageDecoder {
    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
      if (!open) {
        ctx.close();
        return;
      }
      super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
      if (!in.isReadable()) {
        return;
      }
      byte first = in.getByte(in.readerIndex());
      if (open && first == BOLT_MAGIC_FIRST_BYTE) {
        // Plain Bolt: step aside; the bytes read so far go on to Neo4j's own handlers.
        ctx.pipeline().remove(this);
        return;
      }
      in.skipBytes(in.readableBytes());
      boolean looksLikeHttp = first >= 'A' && first <= 'Z';
      if (open && looksLikeHttp) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
      } else {
        ctx.close();
      }
    }
  }
}

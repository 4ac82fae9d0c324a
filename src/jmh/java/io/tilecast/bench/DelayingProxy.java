package io.tilecast.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP forwarder on loopback that holds every chunk of bytes for a fixed time in each direction,
 * so that a PostgreSQL on this machine answers as one in another region would: with a one-way
 * delay of 50 ms, every round trip costs 100 ms. Bandwidth is not limited; each direction holds at
 * most {@value #CHUNKS_IN_FLIGHT} chunks, and its reader waits when they are all in flight.
 */
final class DelayingProxy implements AutoCloseable {

    private static final int CHUNKS_IN_FLIGHT = 1_024;

    /** Bytes read at {@code dueNanos - delay}; an empty chunk stands for the end of the stream. */
    private record Chunk(byte[] bytes, long dueNanos) {
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final long delayNanos;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private DelayingProxy(int targetPort, Duration oneWay) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delayNanos = oneWay.toNanos();
    }

    /** Listens on a free loopback port and forwards to {@code targetPort} on loopback. */
    static DelayingProxy start(int targetPort, Duration oneWay) throws IOException {
        DelayingProxy proxy = new DelayingProxy(targetPort, oneWay);
        proxy.threads.submit(proxy::accept);
        return proxy;
    }

    int port() {
        return listener.getLocalPort();
    }

    private Void accept() throws IOException {
        while (!listener.isClosed()) {
            Socket client = listener.accept();
            Socket server = new Socket();
            server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
            for (Socket socket : List.of(client, server)) {
                socket.setTcpNoDelay(true);
                sockets.add(socket);
            }
            forward(client, server);
            forward(server, client);
        }
        return null;
    }

    /** One direction: a reader stamps each chunk as it arrives, a writer sends it once it is due. */
    private void forward(Socket from, Socket to) throws IOException {
        BlockingQueue<Chunk> line = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        threads.submit(() -> {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                line.put(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + delayNanos));
            }
            line.put(new Chunk(new byte[0], System.nanoTime() + delayNanos));
            return null;
        });
        threads.submit(() -> {
            while (true) {
                Chunk chunk = line.take();
                for (long wait; (wait = chunk.dueNanos() - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                if (chunk.bytes().length == 0) {
                    to.shutdownOutput();
                    return null;
                }
                out.write(chunk.bytes());
                out.flush();
            }
        });
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }
}

package dev.geoflight.analyzer.read;

/**
 * Bounds the batches that reader threads hold for the reading thread, so that memory does not
 * grow with the number of events however large a chunk is. The chunk the reading thread is
 * replaying (the head) never waits: the reading thread waits for it, so it must always progress.
 */
final class ReadAhead {
    private final int limit;
    private int held;
    private int head;

    ReadAhead(int limit) {
        this.limit = limit;
    }

    /** Called by a reader thread before it hands over one more batch of {@code chunk}. */
    synchronized void acquire(int chunk) throws InterruptedException {
        while (held >= limit && chunk != head) {
            wait();
        }
        held++;
    }

    /** The reading thread took a batch. */
    synchronized void release() {
        held--;
        notifyAll();
    }

    /** The reading thread now replays this chunk. */
    synchronized void head(int chunk) {
        head = chunk;
        notifyAll();
    }
}

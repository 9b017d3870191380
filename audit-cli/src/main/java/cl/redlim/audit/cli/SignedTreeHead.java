package cl.redlim.audit.cli;

import cl.redlim.audit.log.TreeHead;

import java.util.List;

/**
 * One line of the tree-heads file: a signed tree head and, when given, the consistency proof from the line before.
 *
 * @param number      1 for the first (oldest) line of the file
 * @param consistency {@code null} when the line has none
 */
record SignedTreeHead(int number, TreeHead head, List<byte[]> consistency) {

    long size() {
        return head.treeSize();
    }

    String name() {
        return "tree head #" + number + " (size " + head.treeSize() + ")";
    }
}

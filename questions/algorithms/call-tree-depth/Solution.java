class Solution {
    public int maxTraceDepth(TreeNode root) {
        if (root == null) return 0;
        return 1 + Math.max(maxTraceDepth(root.left), maxTraceDepth(root.right));
    }
}

func maxTraceDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(maxTraceDepth(root.Left), maxTraceDepth(root.Right))
}

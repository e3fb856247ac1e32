// Depth-first: one more than the deeper subtree. O(n) time, O(height) stack.
class Solution {
public:
    int maxTraceDepth(TreeNode* root) {
        if (!root) return 0;
        return 1 + max(maxTraceDepth(root->left), maxTraceDepth(root->right));
    }
};

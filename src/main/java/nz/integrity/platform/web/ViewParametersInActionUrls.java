package nz.integrity.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Forms post back to their page's full address, view parameters included ({@code request.xhtml?ref=…}), not to the
 * bare view. When a session has ended, the sign-in that a postback meets keeps that address, and the person lands
 * back on the request or case they were working on instead of on "Page not found".
 */
public class ViewParametersInActionUrls extends ViewHandlerWrapper {

    public ViewParametersInActionUrls(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())) {
            return url;
        }
        StringJoiner query = new StringJoiner("&");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.add(encode(parameter.getName()) + "=" + encode(value));
            }
        }
        return query.length() == 0 ? url : url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

User-agent: *
Allow: /
<#if sitemap??>

Sitemap: ${sitemap}
</#if>

<#include "header.ftl">
<h1>Latest</h1>
<ul>
<#list posts as post><li><a href="${post.uri}">${post.title?html}</a> <time>${post.date?string("yyyy-MM-dd")}</time></li>
</#list>
</ul>
<#if (config.index_paginate!false) && nextFileName??><a href="${nextFileName}">Older</a></#if>
<#include "footer.ftl">

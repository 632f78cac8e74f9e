require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 407
    json message: 'Proxy Authentication Required'
end
